using System.Text;
using System.Text.RegularExpressions;

namespace Media.Screening;

/// <summary>Whether a lowercase string is one pinyin syllable (initial, vowels, optional n/ng/r).</summary>
internal static partial class PinyinSyllable
{
    public static bool IsSyllable(string candidate)
    {
        var bare = WithoutToneMarks(candidate, out var toned);
        return (toned || bare.Length >= 2) && Shape().IsMatch(bare);
    }

    private static string WithoutToneMarks(string syllable, out bool toned)
    {
        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        toned = false;
        foreach (var c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036F' && c != '\u0308')
            {
                toned = true;
                continue;
            }

            bare.Append(c);
        }

        return bare.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex("^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]{1,3}(?:ng|n|r)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
