using Lucene.Net.Store;

namespace CroydonBot.Knowledge;

/// <summary>
/// A <see cref="RAMDirectory"/> whose files are read through <see cref="ArrayIndexInput"/>: each file copied into
/// one array when a reader opens it, so reading never takes a lock. Index files are written once and never
/// changed, so the copy cannot go stale.
/// </summary>
public sealed class ArrayRamDirectory : RAMDirectory
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        using var file = base.OpenInput(name, context);
        if (file.Length > Array.MaxLength)
        {
            return (IndexInput)file.Clone();
        }
        var bytes = new byte[file.Length];
        file.ReadBytes(bytes, 0, bytes.Length);
        return new ArrayIndexInput(name, bytes);
    }
}
