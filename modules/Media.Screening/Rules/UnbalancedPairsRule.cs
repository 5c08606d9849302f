using System.Collections.Frozen;

namespace Media.Screening;

/// <summary>
/// Quotes and brackets opened and never closed, or closed and never opened: 《》 “” ‘’ （） () 【】 「」 『』 〔〕.
/// Checked paragraph by paragraph. A quotation that runs over several paragraphs opens “ on each and closes
/// only on the last, so a “ left open is fine when the next paragraph opens with “ again. Warns: usually a
/// slip, but a reviewer decides. An apostrophe (Xi’an, O’Brien) and list numbers like 1） are not pairs.
/// </summary>
public sealed class UnbalancedPairsRule : IProofreadingRule
{
    private static readonly FrozenDictionary<char, char> OpenerOf = new Dictionary<char, char>
    {
        ['》'] = '《', ['”'] = '“', ['’'] = '‘', ['）'] = '（', [')'] = '(', ['】'] = '【',
        ['」'] = '「', ['』'] = '『', ['〕'] = '〔',
    }.ToFrozenDictionary();

    private static readonly FrozenSet<char> Openers = OpenerOf.Values.ToFrozenSet();

    public string Name => ScreeningRuleNames.UnbalancedPairs;

    public IEnumerable<ScreeningHit> Inspect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<ScreeningHit>();
        var paragraphs = Paragraphs(text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var open = Scan(text, paragraphs[p], hits);
            var next = p + 1 < paragraphs.Count ? FirstVisible(text, paragraphs[p + 1]) : '\0';
            if (open is [var only] && text[only] is '“' or '「' && next == text[only])
            {
                continue;
            }

            hits.AddRange(open.Select(i => Hit(text, i, $"「{text[i]}」未闭合。Unclosed {text[i]}.")));
        }

        return hits.OrderBy(h => h.Start);
    }

    /// <summary>Scans one paragraph; reports stray closers and returns the positions still open, outermost first.</summary>
    private static List<int> Scan(string text, TextRun paragraph, List<ScreeningHit> hits)
    {
        var open = new List<int>();
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (Openers.Contains(c))
            {
                open.Add(i);
            }
            else if (OpenerOf.TryGetValue(c, out var opener) && !IsNotAPair(text, paragraph, i, open))
            {
                Close(text, i, opener, open, hits);
            }
        }

        return open;
    }

    private static void Close(string text, int i, char opener, List<int> open, List<ScreeningHit> hits)
    {
        var at = open.FindLastIndex(o => text[o] == opener);
        if (at < 0)
        {
            hits.Add(Hit(text, i, $"「{text[i]}」缺少对应的「{opener}」。Unmatched {text[i]}."));
            return;
        }

        hits.AddRange(open.Skip(at + 1).Select(o => Hit(text, o, $"「{text[o]}」未闭合。Unclosed {text[o]}.")));
        open.RemoveRange(at, open.Count - at);
    }

    private static bool IsNotAPair(string text, TextRun paragraph, int i, List<int> open) => text[i] switch
    {
        '’' => char.IsAsciiLetter(Hanzi.At(text, i - 1)) && !open.Any(o => text[o] == '‘'),
        ')' or '）' => !open.Any(o => text[o] is '(' or '（') && IsListNumber(text, paragraph.Start, i),
        _ => false,
    };

    /// <summary>"1）", "a)", "三）" at the start of a paragraph number a list item.</summary>
    private static bool IsListNumber(string text, int paragraphStart, int closer)
    {
        var label = text.AsSpan(paragraphStart, closer - paragraphStart).Trim();
        return label.Length is > 0 and <= 3 && !label.ContainsAnyExcept("0123456789abcdefghijklmnopqrstuvwxyz一二三四五六七八九十");
    }

    private static List<TextRun> Paragraphs(string text)
    {
        var paragraphs = new List<TextRun>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                paragraphs.Add(new TextRun(start, i - start));
                start = i + 1;
            }
        }

        return paragraphs.Where(p => !text.AsSpan(p.Start, p.Length).IsWhiteSpace()).ToList();
    }

    private static char FirstVisible(string text, TextRun paragraph)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.Length).TrimStart();
        return span.IsEmpty ? '\0' : span[0];
    }

    private static ScreeningHit Hit(string text, int at, string message) => new(
        ScreeningRuleNames.UnbalancedPairs,
        text.Substring(at, 1),
        ScreeningSeverity.Warn,
        at,
        1,
        message);
}
