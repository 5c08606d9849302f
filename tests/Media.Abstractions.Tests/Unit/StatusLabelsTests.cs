using Media.Abstractions.Content;

namespace Media.Abstractions.Tests.Unit;

public sealed class StatusLabelsTests
{
    [Theory]
    [InlineData(EditorialStatus.Draft, "草稿")]
    [InlineData(EditorialStatus.InReview, "审核中")]
    [InlineData(EditorialStatus.Approved, "已签发")]
    [InlineData(EditorialStatus.Scheduled, "定时发布")]
    [InlineData(EditorialStatus.Published, "已发布")]
    [InlineData(EditorialStatus.Retracted, "已撤稿")]
    [InlineData(EditorialStatus.Correcting, "更正中")]
    public void Label_IsChinese(string status, string label)
    {
        Assert.Equal(label, EditorialStatus.Label(status));
    }

    [Fact]
    public void Label_NamesEveryStatus_AndEachDifferently()
    {
        var labels = EditorialStatus.All.Select(EditorialStatus.Label).ToList();

        Assert.DoesNotContain(labels, label => label.Any(char.IsAsciiLetter));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Label_ShowsAnUnknownStatusAsItself()
    {
        Assert.Equal("archived", EditorialStatus.Label("archived"));
    }
}
