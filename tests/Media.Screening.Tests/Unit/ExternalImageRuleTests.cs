namespace Media.Screening.Tests.Unit;

public class ExternalImageRuleTests
{
    private const string Library = "/media/0f3a9c1e2b4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8/article.jpg";
    private readonly ExternalImageRule rule = new();

    [Theory]
    [InlineData("现场图片：![现场](https://img.example.com/a.jpg)", "https://img.example.com/a.jpg")]
    [InlineData("![](http://10.0.0.5/a.png \"标题\")", "http://10.0.0.5/a.png")]
    [InlineData("![现场](<https://img.example.com/带 空格.jpg>)", "<https://img.example.com/带 空格.jpg>")]
    [InlineData("![](//cdn.example.com/a.jpg)", "//cdn.example.com/a.jpg")]
    [InlineData("<p><img alt=\"x\" src=\"https://evil.example/a.png\"></p>", "https://evil.example/a.png")]
    [InlineData("<IMG SRC='http://evil.example/b.png'>", "http://evil.example/b.png")]
    [InlineData("<img src=data:image/png;base64,AAAA>", "data:image/png;base64,AAAA")]
    [InlineData("![现场][photo]\n\n[photo]: https://img.example.com/a.jpg", "https://img.example.com/a.jpg")]
    public void Inspect_Blocks_ImagesFromOutsideTheLibrary(string text, string source)
    {
        var hit = Assert.Single(rule.Inspect(text));

        Assert.Equal(ScreeningRuleNames.ExternalImage, hit.Rule);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
        Assert.Equal(source, hit.Match);
        Assert.Equal(source, text.Substring(hit.Start, hit.Length));
    }

    [Theory]
    [InlineData("![植树现场](" + Library + ")")]
    [InlineData("<img src=\"" + Library + "\">")]
    [InlineData("[县政府网站](https://www.example.gov.cn/)")]
    [InlineData("![现场][photo]\n\n[photo]: " + Library + "\n[site]: https://www.example.gov.cn/")]
    [InlineData("见 https://img.example.com/a.jpg 的说明")]
    public void Inspect_Allows_LibraryImagesAndOrdinaryLinks(string text)
    {
        Assert.Empty(rule.Inspect(text));
    }
}
