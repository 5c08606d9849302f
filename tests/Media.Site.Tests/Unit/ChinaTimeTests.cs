using Media.Site.Rendering;

namespace Media.Site.Tests.Unit;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Format_WritesChinaStandardTime_TheChineseWay()
    {
        var instant = new DateTimeOffset(2025, 3, 12, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("2025年3月12日 09:30", ChinaTime.Format(instant));
        Assert.Equal("2025-03-12T01:30:00Z", ChinaTime.Iso(instant));
    }

    [Fact]
    public void Format_MovesToNextDay_WhenUtcEveningIsChinaMorning()
    {
        var instant = new DateTimeOffset(2024, 12, 31, 16, 5, 0, TimeSpan.Zero);

        Assert.Equal("2025年1月1日 00:05", ChinaTime.Format(instant));
        Assert.Equal(2025, ChinaTime.Year(instant));
    }
}
