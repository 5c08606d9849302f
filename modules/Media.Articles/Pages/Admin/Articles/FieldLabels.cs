namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Names of the version fields as the diff shows them.</summary>
public static class FieldLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["title"] = "标题 Title",
        ["subtitle"] = "副标题 Subtitle",
        ["author"] = "作者 Author",
        ["source"] = "来源 Source",
        ["summary"] = "摘要 Summary",
        ["body"] = "正文 Body",
        ["tags"] = "标签 Tags",
        ["columnId"] = "栏目 Column",
        ["coverMediaId"] = "封面 Cover",
    };

    public static string For(string field) => Labels.TryGetValue(field, out var label) ? label : field;
}
