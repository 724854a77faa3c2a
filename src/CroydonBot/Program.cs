using CroydonBot;
using CroydonBot.Cli;
using CroydonBot.Staff;

// "ask" and "eval" answer from the command line with the same bot; anything else serves it over HTTP.
if (CliCommand.IsCli(args))
{
    return await CliCommand.RunAsync(args);
}

if (TrainSafeguardingCommand.IsCommand(args))
{
    return TrainSafeguardingCommand.Run(args, Console.Out, Console.Error);
}

if (AddStaffCommand.IsCommand(args))
{
    return await AddStaffCommand.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var app = CroydonBotApp.Build(args);
await app.InitialiseAsync();
await app.RunAsync();
return 0;
