using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Media.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>The data-protection key ring encrypted at rest with a certificate kept outside AppData (docs/operations.md §11).</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("media-cert-").FullName;

    [Fact]
    public void KeysOnDisk_AreEncrypted_AndReadBack_WithTheCertificate()
    {
        var certificate = WriteCertificate("Cert-Pa55");
        using var app = new SqliteMediaApp();
        var protectedText = ProtectWith(app, certificate, "Cert-Pa55", "秘密");

        var keyFiles = Directory.GetFiles(Path.Combine(app.AppData, "keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        foreach (var file in keyFiles)
        {
            var xml = File.ReadAllText(file);
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        }
        // A restart (a new host on the same AppData and certificate) reads the key ring back.
        using var restarted = app.WithWebHostBuilder(b => b.UseSetting("Media:DataProtection:CertificatePath", certificate)
            .UseSetting("Media:DataProtection:CertificatePassword", "Cert-Pa55"));
        Assert.Equal("秘密", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public void WithoutTheSetting_KeysAreStoredAsBefore()
    {
        using var app = new SqliteMediaApp();
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");

        var xml = File.ReadAllText(Directory.GetFiles(Path.Combine(app.AppData, "keys"), "*.xml").First());
        Assert.DoesNotContain("encryptedSecret", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingCertificate_RefusesToStart_NamingTheSetting()
    {
        using var app = new SqliteMediaApp();
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Media:DataProtection:CertificatePath", Path.Combine(folder, "none.pfx")));

        var refused = Assert.ThrowsAny<Exception>(() => configured.Services.GetRequiredService<TimeProvider>());

        Assert.Contains("Media:DataProtection:CertificatePath", Flatten(refused));
    }

    private static string ProtectWith(SqliteMediaApp app, string certificate, string password, string text)
    {
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("Media:DataProtection:CertificatePath", certificate)
            .UseSetting("Media:DataProtection:CertificatePassword", password));
        return configured.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect(text);
    }

    private string WriteCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Media key protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " / " + Flatten(e.InnerException);

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
