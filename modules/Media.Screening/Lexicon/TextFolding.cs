using System.Globalization;

namespace Media.Screening;

/// <summary>
/// How text is compared against the word list: full-width forms fold to half-width, letters to lower
/// case, and separators (spaces, punctuation, symbols, invisible format marks) are not significant, so
/// "法 轮 功", "法.轮.功" and "ＦａＬＵＮ" all reach the same characters as the plain word.
/// </summary>
internal static class TextFolding
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>False when <paramref name="c"/> is a separator that matching skips.</summary>
    public static bool TryFold(char c, out char folded)
    {
        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            c = (char)(c - FullWidthOffset);
        }

        folded = char.ToLowerInvariant(c);
        return !IsSeparator(c);
    }

    public static string FoldWord(string word)
    {
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (TryFold(c, out var f))
            {
                folded.Append(f);
            }
        }

        return folded.ToString();
    }

    /// <summary>ASCII letters and digits after folding; used for word boundaries of Latin words.</summary>
    public static bool IsLatinLetterOrDigit(char c)
    {
        if (c is >= FullWidthFirst and <= FullWidthLast)
        {
            c = (char)(c - FullWidthOffset);
        }

        return char.IsAsciiLetterOrDigit(c);
    }

    private static bool IsSeparator(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
