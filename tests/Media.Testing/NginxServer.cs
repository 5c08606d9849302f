using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Media.Testing;

/// <summary>
/// nginx in front of several nodes, round robin, as docs/deploy/nginx-media.conf puts it in front of one: the test
/// script installs nginx and names its binary in <c>MEDIA_NGINX</c>; tests never skip for want of it, they fail and say
/// why. Each instance writes its own configuration into a temp folder (pid, logs and temp files there too), listens
/// on a free loopback port and runs in the foreground (<c>daemon off</c>) as a child of the test.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string Variable = "MEDIA_NGINX";

    private readonly Process process;
    private readonly string folder;

    private NginxServer(Process process, string folder, Uri baseUrl) => (this.process, this.folder, BaseUrl) = (process, folder, baseUrl);

    /// <summary>The path of the nginx binary, e.g. <c>/usr/sbin/nginx</c>.</summary>
    public static string Binary =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with 'bash tests/test.sh', which installs nginx, " +
                $"or set {Variable} to the nginx binary, e.g. '/usr/sbin/nginx'.");

    /// <summary>Where the test reaches the site through nginx, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The error log so far, for a failing test's message.</summary>
    public string ErrorLog => File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";

    public static async Task<NginxServer> StartAsync(IEnumerable<Uri> nodes)
    {
        var binary = Binary;
        var folder = Directory.CreateTempSubdirectory("media-nginx-").FullName;
        // When the test runs as root, nginx's workers run as nobody: they must be able to reach their temp folders.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var port = FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Configuration(folder, port, nodes));
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "-p", folder + "/", "-c", config, "-e", Path.Combine(folder, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NginxServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilListeningAsync(port);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM to the master, which stops its workers; a SIGKILL would leave them listening.
            using var stop = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) } });
            if (stop is not null) await stop.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
        }
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Configuration(string folder, int port, IEnumerable<Uri> nodes)
    {
        var servers = new StringBuilder();
        foreach (var node in nodes) servers.Append(CultureInfo.InvariantCulture, $"    server {node.Host}:{node.Port};\n");
        return $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/client_body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              client_max_body_size 25m;
              upstream media {
            {{servers}}    keepalive 16;
              }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://media;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {ErrorLog}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"nginx did not listen on {port} within 10 s: {ErrorLog}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
