namespace CroydonBot.Safety.Text;

/// <summary>
/// The few emoji that carry the meaning of a crisis on their own ("cuttin agen 🩸", "💊💊💊 tonight"), read as
/// the word they stand for; laughing faces read as "lol", so a joke reads as one. Every other emoji is a space.
/// </summary>
public static class EmojiWords
{
    /// <summary>
    /// Round AE (safe-ae): the word the skull emoji is read as, for the patterns only. The skull is mostly laughter, and the
    /// learned layer, which reads character n-grams and was trained without it, scored "im 💀 at this meme" a crisis when it
    /// read any word there ("skull" shares letters with "kill"): <see cref="WithoutPatternOnlyWords"/> takes it out again.
    /// </summary>
    public const string Skull = "skullemoji";

    private static readonly Dictionary<int, string> Words = new()
    {
        [0x1FA78] = "blood",      // drop of blood
        [0x1F52A] = "knife",      // kitchen knife
        [0x1F5E1] = "knife",      // dagger
        [0x1F48A] = "pills",      // pill
        [0x1F489] = "needle",     // syringe
        [0x1FAA2] = "rope",       // knot
        [0x26B0] = "coffin",
        [0x1FAA6] = "grave",      // headstone
        [0x1F54A] = "dove",       // dove: rest in peace after a goodbye ("bye 👋🕊️"); alone it is only peace
        // Round AB (safe-ab): ghost: being dead said as becoming one ("want to become a 👻 permanently"); alone, or "ghosted
        // me 👻", no pattern reads it as a crisis.
        [0x1F47B] = "ghost",
        // Round AE (safe-ae): skull: read so a pattern can tell "i want to be 💀" and "💀 not the funny kind" (death) from the
        // skull alone, which is laughter ("im 💀 at this"): no pattern reads it by itself, and the learned layer never sees it.
        [0x1F480] = Skull,
        [0x2620] = Skull,         // skull and crossbones
        [0x1F52B] = "gun",        // pistol
        [0x1F309] = "bridge",     // bridge at night
        [0x1F686] = "train",
        [0x1F684] = "train",      // high-speed train
        [0x1F685] = "train",      // bullet train
        [0x1F682] = "train",      // locomotive
        [0x1F687] = "train",      // metro
        [0x1F602] = "lol",        // tears of joy
        [0x1F923] = "lol",        // rolling on the floor laughing
    };

    public static string? Word(int codePoint) => Words.GetValueOrDefault(codePoint);

    /// <summary>The words of <paramref name="plain"/> less those only the patterns read (<see cref="Skull"/>): the learned layer's reading.</summary>
    public static string WithoutPatternOnlyWords(string plain) =>
        plain.Contains(Skull, StringComparison.Ordinal)
            ? string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != Skull))
            : plain;
}
