namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>Finds the repository (the folder holding CroydonBot.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CroydonBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CroydonBot.sln not found above " + AppContext.BaseDirectory);
    }
}
