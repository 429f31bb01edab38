using LactationGuide.Web.Caching;
using LactationGuide.Web.Content;
using LactationGuide.Web.Health;
using LactationGuide.Web.Logging;
using LactationGuide.Web.MilkStorage;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Security;
using LactationGuide.Web.Seo;
using LactationGuide.Web.Sharing;
using LactationGuide.Web.Search;
using LactationGuide.Web.Site;
using LactationGuide.Web.WarningSigns;

SocketCompletions.RunInlineUnlessConfigured();
var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddSiteOptions(builder.Configuration);
builder.Services.AddContentLibrary();
builder.Services.AddWarningSigns();
builder.Services.AddMilkStoragePlanner();
builder.Services.AddReadingLists();
builder.Services.AddSiteCaching(builder.Configuration);
builder.Services.AddSiteSecurity();
builder.Services.AddSiteHealthChecks();
builder.Services.AddSearchEngineFiles();
builder.Services.AddSharing();
builder.Services.AddSiteSearch();
builder.Services.AddRazorPages();
builder.Services.ForAnonymousReaders();

var app = builder.Build();
app.StartLoadingContent();

app.UseSiteSecurity();
app.UseRequestLogging();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRouting();
app.UseCanonicalAddresses();
app.UseSiteCaching();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSearchEngineFiles();
app.MapSiteHealthChecks();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
