namespace CroydonBot.Storage;

/// <summary>
/// Files that hold personal data (the database, staff accounts) are readable by the app's user only:
/// created 0600 in folders created 0700, whatever the process's umask. No-ops on Windows, which has ACLs.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (0700) if it does not exist; an existing folder keeps its mode.</summary>
    public static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }
    }

    /// <summary>Creates an empty file readable only by the owner if none exists, so whoever writes it next inherits 0600.</summary>
    public static void CreateFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            File.Create(path).Dispose();
            return;
        }
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = System.IO.FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = FileMode,
        });
    }

    /// <summary>Writes <paramref name="text"/> to a new file readable only by the owner.</summary>
    public static void WriteAllText(string path, string text)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, text);
            return;
        }
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = System.IO.FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = FileMode,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(text);
        // An existing file keeps its old mode on Create: set it.
        File.SetUnixFileMode(path, FileMode);
    }
}
