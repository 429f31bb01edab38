namespace LactationGuide.Web.Tests;

/// <summary>Where things are in the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string WebProject => Path.Combine(Root, "src", "LactationGuide.Web");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LactationGuide.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LactationGuide.sln not found above " + AppContext.BaseDirectory);
    }
}
