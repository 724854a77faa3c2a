namespace CroydonBot.UnitTests.AppPackage;

/// <summary>The repository's root, found by walking up from the test binary to the folder holding appPackage/.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "appPackage", "manifest.json")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("No appPackage/manifest.json above " + AppContext.BaseDirectory);
    }
}
