namespace Media.Users.Pages.Admin.Users;

/// <summary>The desk's field errors as sentences for the page: the Chinese ones as they are, the English-only
/// checks of the input in the newsroom's words.</summary>
internal static class UserTexts
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userName"] = "用户名只能用字母、数字、“.”“_”“-”，且不能为空。",
        ["displayName"] = "请填写姓名（显示名）。",
        ["password"] = "请填写密码。",
        ["roles"] = "请至少选择一个角色。",
    };

    public static IReadOnlyList<string> Readable(IDictionary<string, string[]> errors) =>
        errors.SelectMany(e => e.Value.Select(message => HasChinese(message) ? message
            : Fields.TryGetValue(e.Key, out var text) ? text : message)).Distinct().ToList();

    private static bool HasChinese(string text) => text.Any(c => c >= '\u4e00' && c <= '\u9fff');
}
