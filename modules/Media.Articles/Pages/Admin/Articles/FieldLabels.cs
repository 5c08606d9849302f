namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Names of the version fields as the diff shows them.</summary>
public static class FieldLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["title"] = "标题",
        ["subtitle"] = "副标题",
        ["author"] = "作者",
        ["source"] = "来源",
        ["summary"] = "摘要",
        ["body"] = "正文",
        ["tags"] = "标签",
        ["columnId"] = "栏目",
        ["coverMediaId"] = "封面",
    };

    public static string For(string field) => Labels.TryGetValue(field, out var label) ? label : field;
}
