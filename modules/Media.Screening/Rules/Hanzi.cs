namespace Media.Screening;

/// <summary>Character classes of Chinese text that the rules look at around a suspect character.</summary>
internal static class Hanzi
{
    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>Full-width and CJK punctuation: 。，、《》“” and the like.</summary>
    public static bool IsPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\u2018' and <= '\u201F') or '\u2014' or '\u2026' or '\u00B7'
        || (c is >= '\uFF01' and <= '\uFF65' && !char.IsLetterOrDigit(c));

    public static bool IsIdeographOrPunctuation(char c) => IsIdeograph(c) || IsPunctuation(c);

    /// <summary>The character at <paramref name="index"/>, or NUL outside the text, so neighbour checks need no bounds.</summary>
    public static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';
}
