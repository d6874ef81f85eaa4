using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Tamga.Platform;

namespace Tamga.Publications.Newsletter;

/// <summary>One e-mail to send. <see cref="Id"/> is stable across retries: a sender uses it to send a message at most once.</summary>
internal sealed record MailMessage(Guid Id, string To, string Subject, string Body, DateTimeOffset Date);

/// <summary>
/// Where newsletter e-mail goes. The shipped implementation is <see cref="EmlFileMailSender"/>, the development
/// sender; a deployment registers an SMTP (or mail API) implementation instead.
/// </summary>
internal interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// The development mail sender: writes each message as an RFC 5322 <c>.eml</c> file named by its id in
/// <c>mail</c> under the data directory (or <c>Tamga:Newsletter:MailFolder</c>) instead of sending it. A message
/// written again (a retry after a crash) replaces its own file, so a reader never sees it twice.
/// </summary>
internal sealed class EmlFileMailSender(IOptions<TamgaOptions> options, NewsletterOptions newsletter) : IMailSender
{
    public string Folder => newsletter.MailFolder is { Length: > 0 } configured ? configured : Path.Combine(options.Value.FullDataDirectory, "mail");

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, message.Id.ToString("N") + ".eml");
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, Render(message, newsletter.From), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The message as MIME text: UTF-8 plain text in quoted-printable-free 8bit, subject encoded per RFC 2047.</summary>
    public static string Render(MailMessage message, string from)
    {
        var text = new StringBuilder();
        text.Append("Message-ID: <").Append(message.Id.ToString("N")).Append("@tamga>\r\n");
        text.Append("Date: ").Append(message.Date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n");
        text.Append("From: ").Append(from).Append("\r\n");
        text.Append("To: ").Append(message.To).Append("\r\n");
        text.Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))).Append("?=\r\n");
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\n");
        text.Append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        text.Append(message.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));
        if (!message.Body.EndsWith('\n'))
        {
            text.Append("\r\n");
        }

        return text.ToString();
    }
}

/// <summary>Newsletter settings (<c>Tamga:Newsletter</c>): the public address links in messages point to, the sender address, the development mail folder.</summary>
internal sealed class NewsletterOptions
{
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public string From { get; set; } = "Tamga publications <publications@tamga.invalid>";

    public string? MailFolder { get; set; }
}
