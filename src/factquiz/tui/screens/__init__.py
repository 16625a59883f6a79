"""One module per screen; screens push and pop each other, the app only starts them."""
