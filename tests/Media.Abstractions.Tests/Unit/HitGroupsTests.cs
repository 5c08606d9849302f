using Media.Abstractions.Screening;

namespace Media.Abstractions.Tests.Unit;

/// <summary>Pages show a screening rule's message in Chinese only (docs/admin-ui.md §13); the API keeps both sentences.</summary>
public sealed class HitGroupsTests
{
    [Theory]
    [InlineData("疑似未替换的占位符「××」，请填写实际内容。Placeholder left in the text.", "疑似未替换的占位符「××」，请填写实际内容。")]
    [InlineData("简繁混用：「國」为繁体字，简体作「国」。Traditional characters in simplified text.", "简繁混用：「國」为繁体字，简体作「国」。")]
    [InlineData("敏感词「某词」。", "敏感词「某词」。")]
    [InlineData("外部图片：https://example.com/a.png", "外部图片：https://example.com/a.png")]
    [InlineData("请核实。见 https://example.com/规则", "请核实。见 https://example.com/规则")]
    [InlineData("English only.", "English only.")]
    public void ChineseOf_DropsOnlyTheTrailingEnglishSentence(string message, string shown) =>
        Assert.Equal(shown, HitGroups.ChineseOf(message));
}
