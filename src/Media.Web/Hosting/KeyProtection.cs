using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Media.Web.Hosting;

/// <summary>
/// The data-protection key ring (it signs cookies and encrypts channel secrets) encrypted at rest with a certificate
/// kept outside AppData (docs/operations.md §11): <c>Media:DataProtection:CertificatePath</c> (a PKCS#12 file with its
/// private key) and <c>Media:DataProtection:CertificatePassword</c>. Without them the keys are stored as the platform
/// stores them (plain XML in AppData/keys on Linux, or in Redis), which Production warns about at start.
/// </summary>
public static class KeyProtection
{
    public static void Configure(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var path = configuration["Media:DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return;
        if (!File.Exists(path))
            throw new InvalidOperationException($"Media:DataProtection:CertificatePath: no certificate file at {path}.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Media:DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException("Media:DataProtection:CertificatePath: the certificate has no private key, so the keys could not be read back.");
        dataProtection.ProtectKeysWithCertificate(certificate);
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Media:DataProtection:CertificatePath"]);
}
