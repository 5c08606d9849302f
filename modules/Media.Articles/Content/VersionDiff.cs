using DiffPlex;
using DiffPlex.Chunkers;
using Media.Articles.Data;

namespace Media.Articles.Content;

public sealed record DiffSegment(string Op, string Text);

public sealed record FieldDiff(string Field, bool Changed, IReadOnlyList<DiffSegment> Segments);

/// <summary>Character-level diff per field (Chinese has no spaces, so words are characters), merged into runs
/// of equal / delete / insert text that read well.</summary>
public static class VersionDiff
{
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

        var result = Differ.Instance.CreateDiffs(before, after, false, false, CharacterChunker.Instance);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, "equal", Join(result.PiecesOld, a, block.DeleteStartA - a));
            Add(segments, "delete", Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA));
            Add(segments, "insert", Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, "equal", Join(result.PiecesOld, a, result.PiecesOld.Count - a));
        return new FieldDiff(name, true, segments);
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
