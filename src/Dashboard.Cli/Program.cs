using System.CommandLine;
using Dashboard.Cli;

return Cli.Run(args, Console.Out, Console.Error);
