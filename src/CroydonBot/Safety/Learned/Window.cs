namespace CroydonBot.Safety.Learned;

/// <summary>How a message is read together with the same person's previous messages: in order, as one text.</summary>
public static class Window
{
    public static string Join(IEnumerable<string> messages) => string.Join(" \n ", messages);
}
