namespace Media.Abstractions.Screening;

/// <summary>Where one hit stands: its field and up to <see cref="HitGroups.Around"/> characters either side.</summary>
/// <param name="Start">The hit's position in its field's Markdown source (names its mark in the highlighted preview).</param>
public sealed record HitPlace(string Field, string Before, string Term, string After, int Start = -1)
{
    /// <summary>The id of the hit's <c>mark</c> in the article's highlighted preview (docs/admin-ui.md §10).</summary>
    public string Anchor => HitGroups.Anchor(Field, Start);
}

/// <summary>Every hit of one rule on one term: how many, and where (docs/admin-ui.md §10).</summary>
public sealed record HitGroup(string Rule, string Term, string Severity, string Message, string? Category, IReadOnlyList<HitPlace> Places)
{
    public bool IsBlocking => Severity == ScreeningFinding.Block;

    /// <summary>The message as pages show it: the rules write a Chinese sentence followed by an English one for the API
    /// (「…，请填写实际内容。Placeholder left in the text.」); people read the Chinese only (docs/admin-ui.md §13).</summary>
    public string Said => HitGroups.ChineseOf(Message);
}

/// <summary>The screening result as a reviewer reads it: hits grouped by rule and term with counts, blocking groups
/// first and then the largest, each hit with the text around it, so two hundred hits fit a screen.</summary>
public static class HitGroups
{
    /// <summary>Characters shown on each side of a term.</summary>
    public const int Around = 15;

    public static IReadOnlyList<HitGroup> From(IEnumerable<ScreeningFinding> hits, ArticleText? text) =>
        hits.GroupBy(h => (h.Rule, h.Match, h.Severity))
            .Select(g => new HitGroup(g.Key.Rule, g.Key.Match, g.Key.Severity, g.First().Message, g.First().Category,
                g.OrderBy(h => FieldOrder(h.Field)).ThenBy(h => h.Start).Select(h => Place(h, text)).ToList()))
            .OrderBy(g => g.IsBlocking ? 0 : 1).ThenByDescending(g => g.Places.Count).ThenBy(g => g.Rule, StringComparer.Ordinal)
            .ToList();

    /// <summary>The field's name in the newsroom's words.</summary>
    public static string FieldLabel(string field) => field switch
    {
        "title" => "标题",
        "subtitle" => "副标题",
        "summary" => "摘要",
        "body" => "正文",
        _ => field,
    };

    /// <summary>The rule's name in the newsroom's words; the word list's own category when it has one.</summary>
    public static string RuleLabel(string rule) => rule switch
    {
        "lexicon" => "敏感词",
        "placeholder" => "占位符",
        "empty-brackets" => "空括号",
        "unbalanced-pairs" => "括号引号不成对",
        "pinyin-artefact" => "拼音残留",
        "mixed-script" => "繁简混用",
        "doubled-punctuation" => "标点重复",
        "external_image" => "外部图片",
        _ => rule,
    };

    /// <summary>A bilingual message without its trailing English sentence; a message with no Chinese stays whole.</summary>
    public static string ChineseOf(string message)
    {
        var stop = message.LastIndexOf('。');
        if (stop < 0) return message;
        var tail = message.AsSpan(stop + 1);
        return tail.ContainsAnyInRange('A', 'z') && !tail.ContainsAnyExceptInRange(' ', '~') ? message[..(stop + 1)] : message;
    }

    /// <summary>The id of a hit's first <c>mark</c> in the highlighted preview: its field and source position.</summary>
    public static string Anchor(string field, int start) => $"hit-{field}-{start}";

    private static HitPlace Place(ScreeningFinding hit, ArticleText? text)
    {
        var source = FieldText(text, hit.Field);
        if (source is null || hit.Start < 0 || hit.Length < 0 || hit.Start + hit.Length > source.Length)
            return new HitPlace(hit.Field, "", hit.Match, "", hit.Start);
        var from = Math.Max(0, hit.Start - Around);
        if (from > 0 && char.IsLowSurrogate(source[from])) from--; // never cut a character in two
        var end = hit.Start + hit.Length;
        var to = Math.Min(source.Length, end + Around);
        if (to < source.Length && char.IsLowSurrogate(source[to])) to++;
        return new HitPlace(hit.Field,
            (from > 0 ? "…" : "") + Flat(source[from..hit.Start]),
            Flat(source[hit.Start..end]),
            Flat(source[end..to]) + (to < source.Length ? "…" : ""), hit.Start);
    }

    private static string? FieldText(ArticleText? text, string field) => field switch
    {
        "title" => text?.Title,
        "subtitle" => text?.Subtitle,
        "summary" => text?.Summary,
        "body" => text?.Body,
        _ => null,
    };

    private static int FieldOrder(string field) => field switch { "title" => 0, "subtitle" => 1, "summary" => 2, "body" => 3, _ => 4 };

    /// <summary>Line breaks as spaces, so a context stays on one line.</summary>
    private static string Flat(string text) => text.ReplaceLineEndings(" ");
}
