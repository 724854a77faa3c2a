using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs;

/// <summary>The real dialogs/ data files, found from the test's folder upwards.</summary>
public static class DialogFiles
{
    public static string Path(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "dialogs", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"dialogs/{name} not found above {AppContext.BaseDirectory}");
    }

    public static FeedbackDialogData Feedback() => YamlFile.Read<FeedbackDialogData>(Path(FeedbackDialogData.File)).Validate();
}
