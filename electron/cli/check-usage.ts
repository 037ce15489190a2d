// The usage line of `dossier check`, apart from the command so that `dossier --help` and every other command
// start without loading the engine and the report writers.
export const CHECK_USAGE = 'dossier check --invoice F --packing-list F [--permit F] [--catalogue F] [--date YYYY-MM-DD] [--list ID] [--lang en|vi] [--format json|text] [--report FILE.xlsx|FILE.pdf]';
