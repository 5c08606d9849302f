using Media.Site.Rendering;

namespace Media.Site.Tests.Unit;

public sealed class PlainTextTests
{
    [Fact]
    public void FromHtml_DropsTagsAndDecodesEntities()
    {
        var text = PlainText.FromHtml("<h2>标题</h2>\n<p>县里 &amp; 乡镇<br>召开&lt;会议&gt;</p>");

        Assert.Equal("标题 县里 & 乡镇 召开<会议>", text);
    }

    [Fact]
    public void Excerpt_CutsAtLengthWithEllipsis_WhenLonger()
    {
        Assert.Equal("春耕…", PlainText.Excerpt("春耕生产", 2));
        Assert.Equal("春耕生产", PlainText.Excerpt("春耕生产", 4));
    }

    [Fact]
    public void Excerpt_NeverSplitsASurrogatePair()
    {
        var excerpt = PlainText.Excerpt("𠀀𠀁𠀂", 2);

        Assert.Equal("𠀀𠀁…", excerpt);
    }
}
