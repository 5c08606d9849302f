using Media.Abstractions.Time;

namespace Media.Abstractions.Tests.Unit;

public sealed class ChinaTimeTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Long_WritesBeijingTime_TheChineseWay()
    {
        var instant = new DateTimeOffset(2025, 3, 12, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("2025年3月12日 09:30", ChinaTime.Long(instant));
        Assert.Equal("2025年3月12日 09:30", ChinaTime.Short(instant));
        Assert.Equal("2025-03-12T01:30:00Z", ChinaTime.Iso(instant));
    }

    [Fact]
    public void Long_MovesToNextDay_WhenUtcEveningIsBeijingMorning()
    {
        var instant = new DateTimeOffset(2024, 12, 31, 16, 5, 0, TimeSpan.Zero);

        Assert.Equal("2025年1月1日 00:05", ChinaTime.Long(instant));
        Assert.Equal(2025, ChinaTime.Year(instant));
    }

    [Theory]
    // 15:59:59 UTC is 23:59:59 in Beijing: still the 12th there.
    [InlineData("2025-03-12T15:59:59Z", "2025-03-12T00:00:00+08:00")]
    // 16:00 UTC is midnight in Beijing: the 13th has begun, though it is still the 12th in UTC.
    [InlineData("2025-03-12T16:00:00Z", "2025-03-13T00:00:00+08:00")]
    // 01:00 UTC on the 13th is 09:00 on the 13th in Beijing.
    [InlineData("2025-03-13T01:00:00Z", "2025-03-13T00:00:00+08:00")]
    public void StartOfDay_IsBeijingMidnight_NotUtcMidnight(string now, string expected)
    {
        var start = ChinaTime.StartOfDay(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(Beijing, start.Offset);
    }

    [Fact]
    public void StartOfNextDay_IsTheNextBeijingMidnight()
    {
        var now = new DateTimeOffset(2025, 3, 12, 15, 0, 0, TimeSpan.Zero); // 23:00 in Beijing

        Assert.Equal(TimeSpan.FromHours(1), ChinaTime.StartOfNextDay(now) - now);
    }

    [Theory]
    // 31 Jan 16:30 UTC is 1 Feb 00:30 in Beijing: February's quota has begun.
    [InlineData("2025-01-31T16:30:00Z", "2025-02-01T00:00:00+08:00", "2025-03-01T00:00:00+08:00")]
    [InlineData("2025-01-31T15:59:59Z", "2025-01-01T00:00:00+08:00", "2025-02-01T00:00:00+08:00")]
    // New Year's Eve in UTC is already New Year in Beijing.
    [InlineData("2024-12-31T20:00:00Z", "2025-01-01T00:00:00+08:00", "2025-02-01T00:00:00+08:00")]
    [InlineData("2024-02-29T12:00:00Z", "2024-02-01T00:00:00+08:00", "2024-03-01T00:00:00+08:00")]
    public void StartOfMonth_FollowsTheBeijingCalendar(string now, string start, string next)
    {
        var instant = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.StartOfMonth(instant));
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.StartOfNextMonth(instant));
        Assert.Equal(Beijing, ChinaTime.StartOfMonth(instant).Offset);
    }

    [Fact]
    public void FromBeijing_ReadsAWallClockTimeAsBeijingTime()
    {
        var wallClock = new DateTime(2025, 3, 12, 9, 30, 0, DateTimeKind.Local);

        Assert.Equal(new DateTimeOffset(2025, 3, 12, 1, 30, 0, TimeSpan.Zero), ChinaTime.FromBeijing(wallClock));
    }
}
