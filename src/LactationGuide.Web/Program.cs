using LactationGuide.Web.Content;
using LactationGuide.Web.Logging;
using LactationGuide.Web.Search;
using LactationGuide.Web.Site;

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContentLibrary();
builder.Services.AddSiteSearch();
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRouting();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
