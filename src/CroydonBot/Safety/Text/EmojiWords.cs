namespace CroydonBot.Safety.Text;

/// <summary>
/// The few emoji that carry the meaning of a crisis on their own ("cuttin agen 🩸", "💊💊💊 tonight"), read as
/// the word they stand for; laughing faces read as "lol", so a joke reads as one. Every other emoji is a space.
/// </summary>
public static class EmojiWords
{
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
}
