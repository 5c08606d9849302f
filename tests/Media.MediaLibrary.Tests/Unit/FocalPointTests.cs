using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Tests.Unit;

public sealed class FocalPointTests
{
    [Theory]
    [InlineData(-0.01, 0.5)]
    [InlineData(0.5, 1.01)]
    [InlineData(double.NaN, 0.5)]
    public void Constructor_Throws_WhenCoordinateIsOutsideZeroToOne(double x, double y)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FocalPoint(x, y));
    }

    [Fact]
    public void ToKeyToken_ReturnsThousandths_WhenPointIsCentre()
    {
        Assert.Equal("500x500", FocalPoint.Centre.ToKeyToken());
    }
}
