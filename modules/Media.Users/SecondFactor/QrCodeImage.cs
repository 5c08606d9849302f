using QRCoder;

namespace Media.Users.SecondFactor;

/// <summary>Draws an <c>otpauth://</c> URI as a PNG QR code in a <c>data:</c> URI, rendered on the server so the
/// account page needs no script.</summary>
internal static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
