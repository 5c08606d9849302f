using System.Net.Sockets;
using System.Text;
using Media.Testing;

namespace Media.MediaLibrary.Tests.Support;

/// <summary>
/// A multipart upload written over a bare socket while the answer is read at the same time, as a browser
/// does: unlike HttpClient, it sees a 413 that arrives while the body is still being sent, and it stops
/// sending as soon as the server answers or hangs up.
/// </summary>
public static class RawUpload
{
    private const string Boundary = "media-test-boundary";
    private const int ChunkSize = 64 * 1024;

    /// <summary>Posts <paramref name="payload"/> as the field 'file'; chunked unless <paramref name="declareLength"/> is set.</summary>
    public static async Task<(int Status, string Response)> PostAsync(MediaClient client, Stream payload, long? declareLength)
    {
        var address = client.Http.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var network = tcp.GetStream();
        var head = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
        var framing = declareLength is { } n ? $"Content-Length: {head.Length + n + tail.Length}" : "Transfer-Encoding: chunked";
        await network.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/media HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: {client.Http.DefaultRequestHeaders.Authorization}\r\n" +
            $"Content-Type: multipart/form-data; boundary={Boundary}\r\n{framing}\r\nConnection: close\r\n\r\n"));

        var answer = ReadAnswerAsync(network);
        var chunked = declareLength is null;
        try
        {
            await WriteAsync(network, head, chunked);
            var buffer = new byte[ChunkSize];
            int read;
            while (!answer.IsCompleted && (read = await payload.ReadAsync(buffer)) > 0)
            {
                await WriteAsync(network, buffer.AsMemory(0, read), chunked);
            }

            if (!answer.IsCompleted)
            {
                await WriteAsync(network, tail, chunked);
                if (chunked) await network.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }
        catch (IOException)
        {
            // The server hung up on the rest of the body, as it may once it has answered.
        }

        var text = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        var status = text.Length >= 12 ? int.Parse(text.AsSpan(9, 3)) : 0;
        return (status, text);
    }

    private static async Task WriteAsync(NetworkStream network, ReadOnlyMemory<byte> data, bool chunked)
    {
        if (chunked) await network.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:X}\r\n"));
        await network.WriteAsync(data);
        if (chunked) await network.WriteAsync("\r\n"u8.ToArray());
    }

    private static async Task<string> ReadAnswerAsync(NetworkStream network)
    {
        using var answer = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await network.ReadAsync(buffer)) > 0) answer.Write(buffer, 0, read);
        }
        catch (IOException) when (answer.Length > 0)
        {
            // Reset after the answer arrived: the answer is what counts.
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
