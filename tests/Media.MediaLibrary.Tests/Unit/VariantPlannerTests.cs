using Media.MediaLibrary.Imaging;
using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Tests.Unit;

public sealed class VariantPlannerTests
{
    [Fact]
    public void CropRegion_IsCentred_WhenFocalPointIsCentre()
    {
        var region = VariantPlanner.CropRegion(new Size(4000, 3000), 1, FocalPoint.Centre);

        Assert.Equal(new Rectangle(500, 0, 3000, 3000), region);
    }

    [Fact]
    public void CropRegion_StaysInside_WhenFocalPointIsAtEdge()
    {
        var region = VariantPlanner.CropRegion(new Size(4000, 3000), 1, new FocalPoint(1, 0));

        Assert.Equal(new Rectangle(1000, 0, 3000, 3000), region);
    }

    [Fact]
    public void CropRegion_MovesVertically_WhenSourceIsTallerThanAspect()
    {
        var top = VariantPlanner.CropRegion(new Size(1000, 3000), 900 / 383.0, new FocalPoint(0.5, 0.1));
        var bottom = VariantPlanner.CropRegion(new Size(1000, 3000), 900 / 383.0, new FocalPoint(0.5, 0.9));

        Assert.Equal(new Rectangle(0, 87, 1000, 426), top);
        Assert.Equal(new Rectangle(0, 2487, 1000, 426), bottom);
    }

    [Fact]
    public void Plan_ShrinksWorkingCopyOnlyAsFarAsLargestNeed_WhenSourceIs12Megapixels()
    {
        var plan = VariantPlanner.Plan(new Size(4000, 3000), VariantSpecs.All, FocalPoint.Centre);

        // article needs 1080/4000 of the width, the most of any variant.
        Assert.Equal(new Size(1080, 810), plan.Working);
        Assert.All(plan.Variants, v => Assert.True(plan.WorkingRegion(v).Width >= v.Width, v.Spec.Name));
    }

    [Fact]
    public void Plan_KeepsFullSize_WhenSourceIsSmallerThanVariants()
    {
        var plan = VariantPlanner.Plan(new Size(300, 200), VariantSpecs.All, FocalPoint.Centre);

        Assert.Equal(new Size(300, 200), plan.Working);
        var thumb = plan.Variants.Single(v => v.Spec == VariantSpecs.Thumb);
        Assert.Equal((300, 200), (thumb.Width, thumb.Height));
    }

    [Fact]
    public void Plan_Throws_WhenSourceHasNoPixels()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VariantPlanner.Plan(new Size(0, 10), VariantSpecs.All, FocalPoint.Centre));
    }
}
