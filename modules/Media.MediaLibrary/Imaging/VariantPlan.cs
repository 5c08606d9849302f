using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Imaging;

/// <summary>
/// Every variant of one source, plus the size of the single downscaled working copy they are all cut from.
/// The working copy is just large enough that no variant loses resolution, so the full-size image is
/// resampled once, not once per variant.
/// </summary>
public sealed record VariantPlan(Size Source, Size Working, IReadOnlyList<PlannedVariant> Variants)
{
    public double WorkingScale => (double)Working.Width / Source.Width;

    /// <summary>The variant's source region in working-copy coordinates.</summary>
    public Rectangle WorkingRegion(PlannedVariant variant)
    {
        var scale = WorkingScale;
        var region = variant.SourceRegion;
        var x = (int)Math.Round(region.X * scale);
        var y = (int)Math.Round(region.Y * scale);
        var width = Math.Clamp((int)Math.Round(region.Width * scale), 1, Working.Width - x);
        var height = Math.Clamp((int)Math.Round(region.Height * scale), 1, Working.Height - y);
        return new Rectangle(x, y, width, height);
    }
}
