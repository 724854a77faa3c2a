namespace CroydonBot.UnitTests;

/// <summary>Finds files in the repository from the test's bin folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding CroydonBot.sln, found by walking up from the test binary.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CroydonBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("CroydonBot.sln not found above " + AppContext.BaseDirectory);
    }
}
