using SixLabors.ImageSharp;

namespace Media.MediaLibrary.Imaging;

/// <summary>
/// A variant worked out for one source size: the region of the source it shows (after orientation) and its
/// output size.
/// </summary>
public sealed record PlannedVariant(VariantSpec Spec, Rectangle SourceRegion, int Width, int Height, FocalPoint? FocalPoint);
