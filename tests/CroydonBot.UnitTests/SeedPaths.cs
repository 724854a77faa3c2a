namespace CroydonBot.UnitTests;

/// <summary>The real seeds/ and dialogs/ folders, as the build copies them beside the tests.</summary>
internal static class SeedPaths
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");
    public static string Dialogs => Path.Combine(AppContext.BaseDirectory, "dialogs");
}
