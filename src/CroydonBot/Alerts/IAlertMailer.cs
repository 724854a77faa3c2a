namespace CroydonBot.Alerts;

/// <summary>Sends one plain-text alert to the configured address.</summary>
public interface IAlertMailer
{
    Task SendAsync(string subject, string body, CancellationToken cancellationToken);
}
