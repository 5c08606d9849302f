using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using Media.Articles.Data;

namespace Media.Articles.Content;

public sealed record DiffSegment(string Op, string Text);

/// <param name="Granularity"><c>character</c>, or <c>paragraph</c> when the changed stretch was too large to compare
/// character by character within the time the diff is allowed (docs/http-api.md §4.3).</param>
public sealed record FieldDiff(string Field, bool Changed, IReadOnlyList<DiffSegment> Segments, string Granularity = VersionDiff.Characters);

/// <summary>Character-level diff per field (Chinese has no spaces, so words are characters), merged into runs
/// of equal / delete / insert text that read well. Myers' diff costs O(N·D): two unrelated 200,000-character bodies
/// would take minutes, and the article and review pages compute diffs on every view, so a large changed stretch is
/// compared paragraph by paragraph, refining only small changed paragraphs to characters.</summary>
public static class VersionDiff
{
    public const string Characters = "character";
    public const string Paragraphs = "paragraph";

    /// <summary>Changed text (after the common start and end are set aside) that is still compared by character.</summary>
    public const int CharacterBudget = 20_000;

    /// <summary>Beyond this many paragraphs on one side, a changed stretch is shown as replaced whole.</summary>
    public const int ParagraphBudget = 5_000;

    public static IReadOnlyList<FieldDiff> Compare(ArticleVersion from, ArticleVersion to) =>
    [
        Field("title", from.Title, to.Title),
        Field("subtitle", from.Subtitle, to.Subtitle),
        Field("author", from.Author, to.Author),
        Field("source", from.Source, to.Source),
        Field("summary", from.Summary, to.Summary),
        Field("body", from.Body, to.Body),
        Field("tags", string.Join("、", from.Tags), string.Join("、", to.Tags)),
        Field("columnId", from.ColumnId.ToString(), to.ColumnId.ToString()),
        Field("coverMediaId", from.CoverMediaId?.ToString(), to.CoverMediaId?.ToString()),
    ];

    public static FieldDiff Field(string name, string? before, string? after)
    {
        before ??= "";
        after ??= "";
        if (before == after) return new FieldDiff(name, false, before.Length == 0 ? [] : [new DiffSegment("equal", before)]);

        var prefix = CommonPrefix(before, after);
        var suffix = CommonSuffix(before, after, prefix);
        var oldMiddle = before[prefix..^suffix];
        var newMiddle = after[prefix..^suffix];
        var segments = new List<DiffSegment>();
        Add(segments, "equal", before[..prefix]);
        var granularity = Characters;
        if (oldMiddle.Length + newMiddle.Length <= CharacterBudget) AddCharacterDiff(segments, oldMiddle, newMiddle);
        else
        {
            granularity = Paragraphs;
            AddParagraphDiff(segments, oldMiddle, newMiddle);
        }
        Add(segments, "equal", before[^suffix..]);
        return new FieldDiff(name, true, segments, granularity);
    }

    private static void AddCharacterDiff(List<DiffSegment> segments, string before, string after) =>
        AddBlocks(segments, Differ.Instance.CreateDiffs(before, after, false, false, CharacterChunker.Instance), Replace);

    private static void AddParagraphDiff(List<DiffSegment> segments, string before, string after)
    {
        var chunker = new LineEndingsPreservingChunker();
        if (chunker.Chunk(before).Count > ParagraphBudget || chunker.Chunk(after).Count > ParagraphBudget)
        {
            Replace(segments, before, after);
            return;
        }
        AddBlocks(segments, Differ.Instance.CreateDiffs(before, after, false, false, chunker), (s, deleted, inserted) =>
        {
            // A small reworded paragraph still reads best character by character.
            if (deleted.Length + inserted.Length <= CharacterBudget / 10) AddCharacterDiff(s, deleted, inserted);
            else Replace(s, deleted, inserted);
        });
    }

    private static void AddBlocks(List<DiffSegment> segments, DiffResult result, Action<List<DiffSegment>, string, string> replaced)
    {
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, "equal", Join(result.PiecesOld, a, block.DeleteStartA - a));
            replaced(segments, Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA), Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, "equal", Join(result.PiecesOld, a, result.PiecesOld.Count - a));
    }

    private static void Replace(List<DiffSegment> segments, string deleted, string inserted)
    {
        Add(segments, "delete", deleted);
        Add(segments, "insert", inserted);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i]) i++;
        if (i > 0 && i < n && char.IsLowSurrogate(a[i])) i--; // never split a surrogate pair (emoji, rare 汉字)
        return i;
    }

    private static int CommonSuffix(string a, string b, int prefix)
    {
        var n = Math.Min(a.Length, b.Length) - prefix;
        var i = 0;
        while (i < n && a[a.Length - 1 - i] == b[b.Length - 1 - i]) i++;
        if (i > 0 && i < n && char.IsHighSurrogate(a[a.Length - 1 - i])) i--;
        return i;
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < start + count; i++) text.Append(pieces[i]);
        return text.ToString();
    }

    private static void Add(List<DiffSegment> segments, string op, string text)
    {
        if (text.Length == 0) return;
        if (segments.Count > 0 && segments[^1].Op == op) segments[^1] = new DiffSegment(op, segments[^1].Text + text);
        else segments.Add(new DiffSegment(op, text));
    }
}
