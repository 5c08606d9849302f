using Media.Abstractions.Content;
using Media.Articles.Lifecycle;

namespace Media.Articles.Tests.Unit;

/// <summary>docs/lifecycle.md §2 prints the transition table for people; the code reads
/// <see cref="ArticleTransitions.Table"/>. This keeps the two the same, row for row and in order.</summary>
public sealed class TransitionTableDocumentationTests
{
    private const string Start = "<!-- transition-table:start -->";
    private const string End = "<!-- transition-table:end -->";
    private static readonly string[] Header = ["track", "from", "operation", "to", "permission", "sign-off"];

    [Fact]
    public void TheDocumentedTable_IsArticleTransitionsTable_RowForRow()
    {
        var (header, documented) = DocumentedTable();
        var coded = ArticleTransitions.Table.Select(AsCells).ToList();

        Assert.Equal(Header, header);
        var differences = Enumerable.Range(0, Math.Max(documented.Count, coded.Count))
            .Select(i => (Row: i + 1, Docs: Line(documented.ElementAtOrDefault(i)), Code: Line(coded.ElementAtOrDefault(i))))
            .Where(r => r.Docs != r.Code)
            .Select(r => $"row {r.Row}:\n  {"docs/lifecycle.md:",-25} {r.Docs}\n  {"ArticleTransitions.Table:",-25} {r.Code}")
            .ToList();
        Assert.True(differences.Count == 0,
            $"docs/lifecycle.md §2 and ArticleTransitions.Table differ in {differences.Count} row(s):\n{string.Join('\n', differences)}");
    }

    [Fact]
    public void TheTable_NamesEveryStatusAndEveryOperation()
    {
        var statuses = ArticleTransitions.Table.SelectMany(t => new[] { t.From, t.To }).ToHashSet();
        var operations = ArticleTransitions.Table.Select(t => t.Operation).ToHashSet();

        var missing = EditorialStatus.All.Where(s => !statuses.Contains(s))
            .Concat(ArticleOperation.All.Where(o => !operations.Contains(o))).ToList();
        Assert.True(missing.Count == 0, $"Never named by ArticleTransitions.Table: {string.Join(", ", missing)}");
    }

    /// <summary>A row as the documentation writes it.</summary>
    private static string[] AsCells(ArticleTransition t) =>
        [t.Track.ToString().ToLowerInvariant(), t.From, t.Operation, t.To, t.Permission?.Name ?? "system", t.NeedsSignOff ? "yes" : ""];

    private static string Line(string[]? cells) => cells is null ? "(no row)" : "| " + string.Join(" | ", cells) + " |";

    /// <summary>The header and the body rows of the markdown table between the two markers.</summary>
    private static (string[] Header, List<string[]> Rows) DocumentedTable()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "lifecycle.md"));
        var start = markdown.IndexOf(Start, StringComparison.Ordinal);
        var end = markdown.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/lifecycle.md has no table between '{Start}' and '{End}'.");

        var lines = markdown[(start + Start.Length)..end].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cells = lines.Select(Cells).ToList();
        Assert.True(cells.Count >= 2 && cells[1].All(c => c.Trim('-', ':').Length == 0),
            "The transition table in docs/lifecycle.md should be a header, a |---| line and one line per row.");
        return (cells[0], cells.Skip(2).ToList());
    }

    /// <summary>"| a | b | |" → ["a", "b", ""]: the outer pipes start and end the row, an empty cell stays empty.</summary>
    private static string[] Cells(string line)
    {
        Assert.True(line.StartsWith('|') && line.EndsWith('|'), $"Not a table row in docs/lifecycle.md: {line}");
        return line[1..^1].Split('|').Select(c => c.Trim()).ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Media.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Media.sln above {AppContext.BaseDirectory}.");
    }
}
