namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>Finds the repository (the folder holding CroydonBot.sln) and the shared/ folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared next to the repository: the eval set and references (CI clones it there).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
