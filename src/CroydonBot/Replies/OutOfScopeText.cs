namespace CroydonBot.Replies;

/// <summary>
/// A message as the out-of-scope readers see it: lower case, apostrophes (straight and curly) gone, so "Wales's" and "wales",
/// "children's" and "childrens" read alike. <see cref="OutOfScopeMatcher"/>'s patterns and <see cref="OutsideSubjectMatcher"/>'s
/// subjects are written against this one form, so it lives here once: were the two to drift, a subject could be named in a
/// message one reader sees and the other does not.
/// </summary>
public static class OutOfScopeText
{
    /// <summary><paramref name="text"/> in lower case with its apostrophes removed.</summary>
    public static string Normalise(string text) =>
        text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
}
