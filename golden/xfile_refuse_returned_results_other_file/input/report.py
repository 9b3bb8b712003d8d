from train import score

print(score())
