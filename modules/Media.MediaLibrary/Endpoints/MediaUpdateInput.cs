using Media.Abstractions.Problems;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Imaging;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// <c>PUT /api/media/{id}</c>: replaces the editable fields. Null alt or caption clears it; a missing focal
/// point means the centre.
/// </summary>
public sealed record MediaUpdateInput(string? Alt, string? Caption, FocalPointResponse? FocalPoint)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors()
            .MaxLength("alt", Alt, MediaItemLimits.Alt)
            .MaxLength("caption", Caption, MediaItemLimits.Caption);
        if (FocalPoint is { } focal)
        {
            if (!FocalPointCoordinate(focal.X)) errors.Add("focalPoint.x", "'focalPoint.x' lies between 0 and 1.");
            if (!FocalPointCoordinate(focal.Y)) errors.Add("focalPoint.y", "'focalPoint.y' lies between 0 and 1.");
        }

        return errors;
    }

    public FocalPoint ToFocalPoint() => FocalPoint is { } f ? new Imaging.FocalPoint(f.X, f.Y) : Imaging.FocalPoint.Centre;

    private static bool FocalPointCoordinate(double value) => Imaging.FocalPoint.IsValidCoordinate(value) && double.IsFinite(value);
}
