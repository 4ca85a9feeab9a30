/** Exit status of an apply stopped by a second signal (128 + SIGINT, as shells report it). */
export const STOPPED_EXIT = 130;
