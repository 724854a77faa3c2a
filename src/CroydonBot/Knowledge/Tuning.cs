namespace CroydonBot.Knowledge;

/// <summary>TEMPORARY: switches read from the environment while measuring variants; removed before merging.</summary>
internal static class Tuning
{
    public static bool On(string name, int fallback) => Value(name, fallback) != 0;

    public static int Value(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("CB_" + name), out var v) ? v : fallback;
}
