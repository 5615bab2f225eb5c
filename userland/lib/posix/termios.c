/* The termios helpers that need no call. */
#include <termios.h>

speed_t cfgetispeed(const struct termios *t) {
  return t->c_ispeed;
}

speed_t cfgetospeed(const struct termios *t) {
  return t->c_ospeed;
}

int cfsetispeed(struct termios *t, speed_t speed) {
  t->c_ispeed = speed;
  return 0;
}

int cfsetospeed(struct termios *t, speed_t speed) {
  t->c_ospeed = speed;
  return 0;
}

void cfmakeraw(struct termios *t) {
  t->c_iflag &= ~(unsigned int)(BRKINT | ICRNL | INLCR | IGNCR | ISTRIP | IXON);
  t->c_oflag &= ~(unsigned int)OPOST;
  t->c_lflag &= ~(unsigned int)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
  t->c_cflag |= CS8;
  t->c_cc[VMIN] = 1;
  t->c_cc[VTIME] = 0;
}
