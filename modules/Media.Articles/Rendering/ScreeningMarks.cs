using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiffPlex;
using DiffPlex.Chunkers;
using Media.Abstractions.Screening;

namespace Media.Articles.Rendering;

/// <summary>The highlighted preview's HTML and how many hits it could place in the shown text.</summary>
/// <param name="Unplaced">Hits whose words are not in the shown text (a link's address, an image's source).</param>
public sealed record MarkedHtml(string Html, int Placed, int Unplaced);

/// <summary>
/// Marks screening hits in the editor's rendered preview (docs/admin-ui.md §10). Hit positions count characters of
/// each field's Markdown source; the rendered HTML is parsed (AngleSharp, the sanitizer's parser), its text nodes
/// are aligned character by character with the source (DiffPlex: what Markdown took away, such as <c>**</c>, a link's
/// address or the letters of an entity, is simply unmatched), and each hit's characters are wrapped in
/// <c>&lt;mark&gt;</c> elements built through the DOM, one per text node it covers. Tags and entities are never cut and
/// no text is written unescaped: the parser decodes, the serializer encodes.
/// </summary>
public static class ScreeningMarks
{
    /// <summary>Where each screened field stands in <see cref="EditorPreview"/>'s markup.</summary>
    private static readonly (string Field, string Selector)[] Fields =
        [("title", "article > h1"), ("subtitle", "article > p.subtitle"), ("summary", "article > p.summary"), ("body", "article > div.body")];

    public static MarkedHtml Mark(string previewHtml, ArticleText text, IReadOnlyList<ScreeningFinding> hits)
    {
        ArgumentNullException.ThrowIfNull(previewHtml);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        var document = new HtmlParser().ParseDocument("");
        var root = document.CreateElement("div");
        root.InnerHtml = previewHtml;
        var placed = new HashSet<ScreeningFinding>(ReferenceEqualityComparer.Instance);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, selector) in Fields)
        {
            var fieldHits = hits.Where(h => h.Field == field).ToList();
            if (fieldHits.Count == 0 || Source(text, field) is not { } source || root.QuerySelector(selector) is not { } element) continue;
            MarkField(document, element, source, fieldHits, placed, anchors);
        }
        return new MarkedHtml(root.InnerHtml, placed.Count, hits.Count - placed.Count);
    }

    /// <summary>The Chinese line a mark's title carries: the rule in the newsroom's words and what it means for 送审.</summary>
    public static string Title(ScreeningFinding hit) =>
        $"{HitGroups.RuleLabel(hit.Rule)}{(hit.Category is null ? "" : " · " + hit.Category)}（{(hit.IsBlocking ? "必须修改" : "提醒")}）";

    private static void MarkField(IDocument document, IElement element, string source, List<ScreeningFinding> hits,
        HashSet<ScreeningFinding> placed, HashSet<string> anchors)
    {
        var nodes = element.Descendants<IText>().ToList();
        var shown = string.Concat(nodes.Select(n => n.Data));
        var owner = Owners(source, shown, hits);
        var offset = 0;
        foreach (var node in nodes)
        {
            var data = node.Data;
            var start = offset;
            offset += data.Length;
            if (!Enumerable.Range(start, data.Length).Any(i => owner[i] >= 0)) continue;
            var parent = node.Parent!;
            var i0 = 0;
            while (i0 < data.Length)
            {
                var who = owner[start + i0];
                var i1 = i0 + 1;
                while (i1 < data.Length && owner[start + i1] == who) i1++;
                var piece = data[i0..i1];
                if (who < 0) parent.InsertBefore(document.CreateTextNode(piece), node);
                else parent.InsertBefore(MarkElement(document, hits[who], piece, placed, anchors), node);
                i0 = i1;
            }
            parent.RemoveChild(node);
        }
    }

    private static IElement MarkElement(IDocument document, ScreeningFinding hit, string piece, HashSet<ScreeningFinding> placed,
        HashSet<string> anchors)
    {
        var mark = document.CreateElement("mark");
        mark.ClassName = "hit hit-" + (hit.IsBlocking ? ScreeningFinding.Block : ScreeningFinding.Warn);
        mark.SetAttribute("title", Title(hit));
        var anchor = HitGroups.Anchor(hit.Field, hit.Start);
        if (placed.Add(hit) && anchors.Add(anchor)) mark.Id = anchor;
        mark.TextContent = piece;
        return mark;
    }

    /// <summary>For each shown character, the hit it belongs to (an index into <paramref name="hits"/>), or -1. Where
    /// hits overlap a blocking one wins.</summary>
    private static int[] Owners(string source, string shown, List<ScreeningFinding> hits)
    {
        var bySource = new int[source.Length];
        Array.Fill(bySource, -1);
        foreach (var i in Enumerable.Range(0, hits.Count).OrderBy(i => hits[i].IsBlocking ? 1 : 0))
        {
            var hit = hits[i];
            for (var p = Math.Max(0, hit.Start); p < Math.Min(source.Length, hit.Start + hit.Length); p++) bySource[p] = i;
        }
        var owner = new int[shown.Length];
        Array.Fill(owner, -1);
        var diff = Differ.Instance.CreateDiffs(source, shown, false, false, CharacterChunker.Instance);
        var (a, b) = (0, 0);
        foreach (var block in diff.DiffBlocks)
        {
            Same(bySource, owner, a, b, block.DeleteStartA - a);
            (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }
        Same(bySource, owner, a, b, source.Length - a);
        return owner;
    }

    /// <summary>An unchanged run: source characters a.. are shown characters b.., one for one.</summary>
    private static void Same(int[] bySource, int[] owner, int a, int b, int count)
    {
        for (var k = 0; k < count && a + k < bySource.Length && b + k < owner.Length; k++) owner[b + k] = bySource[a + k];
    }

    private static string? Source(ArticleText text, string field) => field switch
    {
        "title" => text.Title,
        "subtitle" => text.Subtitle,
        "summary" => text.Summary,
        "body" => text.Body,
        _ => null,
    };
}
