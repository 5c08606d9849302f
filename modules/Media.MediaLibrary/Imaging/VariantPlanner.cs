using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Imaging;

/// <summary>Pure geometry: where each variant comes from and how large it is. No pixels involved.</summary>
public static class VariantPlanner
{
    public static VariantPlan Plan(Size source, IEnumerable<VariantSpec> specs, FocalPoint focalPoint)
    {
        if (source.Width < 1 || source.Height < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "An image has at least one pixel.");
        }

        var variants = specs.Select(spec => PlanOne(source, spec, focalPoint)).ToList();
        var scale = variants.Count == 0
            ? 1
            : Math.Min(1, variants.Max(v => Math.Max((double)v.Width / v.SourceRegion.Width, (double)v.Height / v.SourceRegion.Height)));
        var working = new Size(
            Math.Max(1, (int)Math.Ceiling(source.Width * scale)),
            Math.Max(1, (int)Math.Ceiling(source.Height * scale)));
        return new VariantPlan(source, working, variants);
    }

    private static PlannedVariant PlanOne(Size source, VariantSpec spec, FocalPoint focalPoint) => spec.Kind switch
    {
        VariantKind.FitWidth => FitWidth(source, spec),
        VariantKind.FocalCrop => FocalCrop(source, spec, focalPoint),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, null),
    };

    private static PlannedVariant FitWidth(Size source, VariantSpec spec)
    {
        var width = Math.Min(spec.Width, source.Width);
        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
        return new PlannedVariant(spec, new Rectangle(0, 0, source.Width, source.Height), width, height, null);
    }

    private static PlannedVariant FocalCrop(Size source, VariantSpec spec, FocalPoint focalPoint)
    {
        var region = CropRegion(source, (double)spec.Width / spec.Height, focalPoint);
        return new PlannedVariant(spec, region, spec.Width, spec.Height, focalPoint);
    }

    /// <summary>The largest region of the given aspect, centred on the focal point as far as the edges allow.</summary>
    public static Rectangle CropRegion(Size source, double aspect, FocalPoint focalPoint)
    {
        int width, height;
        if ((double)source.Width / source.Height > aspect)
        {
            height = source.Height;
            width = Math.Clamp((int)Math.Round(height * aspect), 1, source.Width);
        }
        else
        {
            width = source.Width;
            height = Math.Clamp((int)Math.Round(width / aspect), 1, source.Height);
        }

        var x = Math.Clamp((int)Math.Round((focalPoint.X * source.Width) - (width / 2.0)), 0, source.Width - width);
        var y = Math.Clamp((int)Math.Round((focalPoint.Y * source.Height) - (height / 2.0)), 0, source.Height - height);
        return new Rectangle(x, y, width, height);
    }
}
